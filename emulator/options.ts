/* eslint-disable @n8n/community-nodes/no-restricted-imports -- the local API emulator, a Node.js server for tests and demos: never part of a published package */
import type { IncomingMessage } from 'node:http';

import type { AppTokens } from './shopline/appTokens';
import type { ShoplineStore } from './shoplineStore';

/** The emulator's knobs, its request log and what the API handlers share with the server. */

export type TmapiFault = '417' | '499' | '500' | '503' | 'reset' | 'timeout';
/** How a gone offer answers (tmapi.goneOffers). */
export type GoneForm = 'not_found' | 'delisted' | 'out_of_stock';
export type ShoplineFault = '429' | '500' | '503' | '504' | 'reset' | 'timeout';

export interface FaultSettings<K extends string> {
	/** Share of requests that fail, 0 to 1. */
	rate: number;
	/** Kinds drawn from, uniformly. */
	kinds: K[];
}

export interface EmulatorOptions {
	tmapiToken: string;
	shoplineToken: string;
	/** Key of the HMAC that signs SHOPLINE webhook deliveries, and the app's token calls. */
	appSecret: string;
	/** The SHOPLINE app (OAuth) whose tokens shopline/oauth.ts issues. */
	app: {
		appKey: string;
		/** A code the store "gave" at start (and after each reset); it works once. */
		authorizationCode: string;
		scope: string;
		tokenLifetimeMs: number;
	};
	/** Seed of the fault draws: the same seed fails the same requests. */
	seed: number;
	shopSize: number;
	categorySize: number;
	storeSize: number;
	/** How long a "timeout" fault holds the request before dropping the connection. */
	hangMs: number;
	tmapi: {
		latencyMs: number;
		faults: FaultSettings<TmapiFault>;
		/** 503 "concurrency limit exceeded" beyond this many requests in flight (0 = no limit). */
		concurrencyLimit: number;
		/** Where failure codes go: in the body under HTTP 200, as the HTTP status, or either. */
		codeIn: 'body' | 'status' | 'mixed';
		/** Answer every call with code 439, as an account without balance does. */
		balanceExhausted: boolean;
		maxPageSize: number;
		/**
		 * Offers whose 1688 price changed since the catalog was generated: offer ID → factor on
		 * every price of its detail (1.2 = 20 % dearer; 1, or anything but a positive number, = as generated).
		 */
		priceChanges: Record<string, number>;
		/**
		 * Offers gone from 1688: offer ID → how the detail answers. "not_found": code 404 "Item
		 * not found"; "delisted": the detail with status "offline" and no stock; "out_of_stock":
		 * the detail with no stock on any SKU (is_sold_out true). null (or anything else): on sale again.
		 */
		goneOffers: Record<string, GoneForm | null>;
	};
	shopline: {
		latencyMs: number;
		faults: FaultSettings<ShoplineFault>;
		/** The store's leaky bucket; null turns rate limiting off. */
		bucket: { ratePerSecond: number; capacity: number } | null;
	};
}

export interface LogEntry {
	api: 'tmapi' | 'shopline';
	method: string;
	path: string;
	query: Record<string, string>;
	body?: unknown;
	status: number;
	/** TMAPI's body code, when the answer had one. */
	code?: number;
	fault?: string;
	/** True when the request got its data (2xx and, for TMAPI, code 200). */
	ok: boolean;
	/** Bytes of the answer's body. */
	bytes: number;
	/** Which page of which list this was, e.g. "cat:1031922:page=3" or "products:first". */
	pageKey?: string;
	/** The app (OAuth) token a SHOPLINE request carried, when it carried one. */
	appToken?: string;
	/** A SHOPLINE page_info request that also carried filters (the API ignores them). */
	filtersWithPageInfo?: boolean;
	startedAt: number;
	endedAt: number;
}

export const DEFAULT_OPTIONS: EmulatorOptions = {
	tmapiToken: 'emulator-tmapi-token',
	shoplineToken: 'emulator-shopline-token',
	appSecret: 'emulator-app-secret',
	app: { appKey: 'emulator-app-key', authorizationCode: 'emulator-authorization-code', scope: 'read_products,write_products', tokenLifetimeMs: 10 * 60 * 60 * 1000 },
	seed: 1688,
	shopSize: 300,
	categorySize: 2000,
	storeSize: 5000,
	hangMs: 3000,
	tmapi: { latencyMs: 0, faults: { rate: 0, kinds: [] }, concurrencyLimit: 0, codeIn: 'body', balanceExhausted: false, maxPageSize: 100, priceChanges: {}, goneOffers: {} },
	shopline: { latencyMs: 0, faults: { rate: 0, kinds: [] }, bucket: { ratePerSecond: 4, capacity: 40 } },
};


export type EmulatorOverrides = { [K in keyof EmulatorOptions]?: EmulatorOptions[K] extends object ? Partial<EmulatorOptions[K]> & Record<string, unknown> : EmulatorOptions[K] };

/** What an API handler answers; `drop` closes the connection instead (at once or after hanging). */
export type Reply = { status: number; body?: unknown; headers?: Record<string, string>; code?: number; pageKey?: string; drop?: 'reset' | 'timeout' };

/** The server's state that the TMAPI and SHOPLINE handlers read and change. */
export interface ApiContext {
	options: EmulatorOptions;
	store: ShoplineStore;
	/** Requests in flight per API, this one included. */
	inFlight: { tmapi: number; shopline: number };
	/** The seeded generator of fault draws. */
	random: () => number;
	/** Takes one request from SHOPLINE's leaky bucket; false when it is full. */
	takeFromBucket: () => boolean;
	request: IncomingMessage;
	/** The request's body as it came, for signatures. */
	raw: string;
	/** The app tokens issued and the codes still usable. */
	appTokens: AppTokens;
}

export function deepMerge<T>(base: T, patch: unknown): T {
	if (patch === undefined) return base;
	if (patch === null || typeof patch !== 'object' || Array.isArray(patch) || base === null || typeof base !== 'object') return patch as T;
	const result = { ...(base as Record<string, unknown>) };
	for (const [key, value] of Object.entries(patch as Record<string, unknown>)) result[key] = deepMerge(result[key], value);
	return result as T;
}

/** The factor on an offer's prices that `tmapi.priceChanges` gives (1 when none, or not a positive number). */
export function priceFactor(options: EmulatorOptions, offerId: string): number {
	const factor = Object.prototype.hasOwnProperty.call(options.tmapi.priceChanges, offerId) ? options.tmapi.priceChanges[offerId] : undefined;
	return typeof factor === 'number' && Number.isFinite(factor) && factor > 0 ? factor : 1;
}

/** How the offer is gone (`tmapi.goneOffers`), or undefined when it is on sale. */
export function goneForm(options: EmulatorOptions, offerId: string): GoneForm | undefined {
	const form = Object.prototype.hasOwnProperty.call(options.tmapi.goneOffers, offerId) ? options.tmapi.goneOffers[offerId] : undefined;
	return form === 'not_found' || form === 'delisted' || form === 'out_of_stock' ? form : undefined;
}

/** Draws whether this request fails, and how. */
export function drawFault<K extends string>(random: () => number, faults: FaultSettings<K>): K | undefined {
	if (faults.rate <= 0 || faults.kinds.length === 0) return undefined;
	if (random() >= faults.rate) return undefined;
	return faults.kinds[Math.floor(random() * faults.kinds.length)];
}
