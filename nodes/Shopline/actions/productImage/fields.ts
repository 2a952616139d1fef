import { custom, text } from '../../../shared/node/field';
import { optionalShoplineId, shoplineId } from '../common/ids';

export const imageId = custom(
	{
		displayName: 'Image ID',
		name: 'imageId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '5785060242375689228',
		description: "The ID of the product image, as text, from Product Image → Get Many or the product's images",
	},
	shoplineId,
);

/** Alt Text: Add takes up to 255 characters, Update up to 512. */
export const altText = (maxLength: 255 | 512) =>
	text({
		displayName: 'Alt Text',
		name: 'alt',
		placeholder: 'Leopard robe, front',
		description: 'Text that describes the image, for screen readers and search engines',
		expectation: 'use the alt text as text',
		maxLength,
	});

export const linkedVariant = custom(
	{
		displayName: 'Variant ID',
		name: 'variantId',
		type: 'string',
		default: '',
		placeholder: '18057850264851626133510282',
		description: "The variant this image shows (SHOPLINE's sku_id); the variant's image becomes this one",
	},
	optionalShoplineId,
);
