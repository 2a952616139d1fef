import { createHmac, timingSafeEqual } from 'crypto';

const HEX = /^[0-9a-f]{64}$/i;
const BASE64 = /^[A-Za-z0-9+/_-]{43}=?$/;

/**
 * The App Secret that verifies deliveries, or undefined when the credential has none: empty,
 * or only spaces and line breaks. Activation and every delivery apply this one rule.
 */
export function usableAppSecret(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * Whether `signature` is the HMAC-SHA256 of the raw body keyed with the app secret.
 * SHOPLINE's Go SDK compares lowercase hex while the documentation's example reads like
 * base64, so both spellings are accepted (hex in any case). The digests are compared in
 * constant time, as bytes of equal length; anything else — or no usable secret — is refused.
 */
export function signatureMatches(rawBody: Buffer, signature: unknown, appSecret: unknown): boolean {
	const secret = usableAppSecret(appSecret);
	if (typeof signature !== 'string' || secret === undefined) return false;
	const given = signature.trim();
	let bytes: Buffer;
	if (HEX.test(given)) bytes = Buffer.from(given, 'hex');
	else if (BASE64.test(given)) bytes = Buffer.from(given.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
	else return false;
	const expected = createHmac('sha256', secret).update(rawBody).digest();
	return bytes.length === expected.length && timingSafeEqual(bytes, expected);
}
