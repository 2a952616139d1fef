/** The emulator of TMAPI and SHOPLINE, for tests, tools and `npm run emulator`. */
export { Emulator, emulatorCredentials } from './server';
export { DEFAULT_OPTIONS, type EmulatorOptions, type EmulatorOverrides, type FaultSettings, type LogEntry, type ShoplineFault, type TmapiFault } from './options';
export { productId } from './shoplineStore';
export { collectionId } from './shopline/collections';
export { ORDER_COUNT, orderId, readOrder } from './shopline/orders';
export { OPENAI_API_KEY, OPENAI_MODEL, type ModelAnswer, type ModelExchange } from './openai';
export { AppTokens, type TokenEvent } from './shopline/appTokens';
