import type { INodeProperties } from 'n8n-workflow';

export const imageIdField: INodeProperties = {
	displayName: 'Image ID',
	name: 'imageId',
	type: 'string',
	required: true,
	default: '',
	placeholder: '5785060242375689228',
	description: 'The ID of the product image, as text, from Product Image → Get Many or the product\'s images',
};

export const altField: INodeProperties = {
	displayName: 'Alt Text',
	name: 'alt',
	type: 'string',
	default: '',
	placeholder: 'Leopard robe, front',
	description: 'Text that describes the image, for screen readers and search engines',
};

export const linkedVariantField: INodeProperties = {
	displayName: 'Variant ID',
	name: 'variantId',
	type: 'string',
	default: '',
	placeholder: '18057850264851626133510282',
	description: "The variant this image shows (SHOPLINE's sku_id); the variant's image becomes this one",
};
