import { LOCATION, recordField, ways } from '../common/locators';

/** The location of Location → Get and of the inventory operations that change stock at one location. */
export const locationId = recordField(LOCATION, {
	displayName: 'Location ID',
	name: 'locationId',
	description: `Where the stock is held: ${ways(LOCATION, 'name')}. The default location has is_default "true".`,
});
