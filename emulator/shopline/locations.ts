/**
 * The store's locations, where stock is held. Kept apart from the routes (which import the
 * SHOPLINE module) so that tests can read them without loading the emulator in another order.
 */

export interface StoreLocation {
	id: string;
	name: string;
	active: boolean;
	is_default: 'true' | 'false';
	legacy: boolean;
	address1: string;
	address2: string;
	city: string;
	province: string;
	province_code: string;
	country: string;
	country_code: string;
	zip: string;
	phone: string;
	phone_code: string;
	created_at: string;
	updated_at: string;
}

/** 26 digits built as text, like every SHOPLINE ID of the emulator. */
export const locationId = (n: number) => `542170424813552690100000${String(n).padStart(2, '0')}`;

function location(n: number, name: string, active: boolean, place: Pick<StoreLocation, 'address1' | 'city' | 'province' | 'province_code' | 'country' | 'country_code' | 'zip' | 'phone_code'>): StoreLocation {
	const at = `2025-01-0${n}T08:00:00+00:00`;
	return { id: locationId(n), name, active, is_default: n === 1 ? 'true' : 'false', legacy: false, address2: '', phone: `1888329013${n}`, created_at: at, updated_at: at, ...place };
}

/** The store's locations: the first is the default one; the last is no longer active. */
export const LOCATIONS: readonly StoreLocation[] = [
	location(1, 'Shenzhen Warehouse', true, { address1: '1 Bantian Road', city: 'Shenzhen', province: 'Guangdong', province_code: '440000', country: 'China', country_code: 'CN', zip: '518129', phone_code: '0086' }),
	location(2, 'Los Angeles Warehouse', true, { address1: '800 Figueroa Street', city: 'Los Angeles', province: 'California', province_code: 'CA', country: 'United States', country_code: 'US', zip: '90017', phone_code: '001' }),
	location(3, 'Ottawa Store', false, { address1: '126 York Street', city: 'Ottawa', province: 'Ontario', province_code: 'ON', country: 'Canada', country_code: 'CA', zip: 'K1N 5T5', phone_code: '001' }),
];
