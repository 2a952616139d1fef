import { randomBytes } from 'node:crypto';

/** The emulated SHOPLINE app's codes and tokens (shopline/oauth.ts answers the token calls with them). */

export interface TokenEvent {
	kind: 'create' | 'refresh';
	/** Whether the signature matched; a call with a wrong one gets no token. */
	signatureValid: boolean;
	status: number;
	/** The token issued (emulator tokens are no secret). */
	token?: string;
	at: number;
}

export class AppTokens {
	readonly events: TokenEvent[] = [];

	/** Token → the time it stops working. */
	private readonly tokens = new Map<string, number>();

	private readonly codes = new Set<string>();

	/** Whether the app was installed (a code exchanged): refresh works from then on. */
	private installed = false;

	constructor(defaultCode: string) {
		this.codes.add(defaultCode);
	}

	/** Every token stops working now (as 10 hours passing would). */
	expireAll(): void {
		for (const token of this.tokens.keys()) this.tokens.set(token, 0);
	}

	/** Whether `token` is an app token, and if so whether it still works. */
	check(token: string, now = Date.now()): 'valid' | 'expired' | 'unknown' {
		const until = this.tokens.get(token);
		if (until === undefined) return 'unknown';
		return until > now ? 'valid' : 'expired';
	}

	newCode(): string {
		const code = randomBytes(12).toString('hex');
		this.codes.add(code);
		return code;
	}

	useCode(code: unknown): boolean {
		if (typeof code !== 'string' || !this.codes.has(code)) return false;
		this.codes.delete(code);
		this.installed = true;
		return true;
	}

	get isInstalled(): boolean {
		return this.installed;
	}

	issue(lifetimeMs: number, now = Date.now()): { token: string; expiresAt: number } {
		// The tokens issued before keep working five minutes, as SHOPLINE's do after a refresh.
		for (const [token, until] of this.tokens) this.tokens.set(token, Math.min(until, now + 5 * 60_000));
		const token = `emu-app-${randomBytes(16).toString('hex')}`;
		const expiresAt = now + lifetimeMs;
		this.tokens.set(token, expiresAt);
		return { token, expiresAt };
	}
}
