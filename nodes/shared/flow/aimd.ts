/** Clean answers in a row at the learned ceiling before one more request in flight is tried. */
const PROBE_AFTER = 50;

/** The longest that wait grows to: each refusal doubles it, a probe that holds a whole wait resets it. */
const PROBE_AFTER_MAX = 800;

/** Before the server has refused anything, the limit climbs by one per clean answer up to here, then by one per run of answers as long as itself. */
const FAST_START_UNTIL = 8;

/**
 * The number of requests allowed in flight, adapted to the server's answers (AIMD). It starts
 * low and climbs while answers come back clean: by one per answer up to 8 (the limit about
 * doubles with each round of answers), then by one per run of clean answers as long as the
 * limit (additive increase). A step into numbers the server has not yet been seen to take is
 * a trial: one request goes above the limit (see `trialWanted`), and the limit rises only once
 * it comes back clean. On "too many requests at once" it halves at once (multiplicative
 * decrease) and remembers a ceiling just below the number that was in flight when the refused
 * request was sent, since that is about where the server's limit lies. Refusals of requests
 * sent before that decrease are already answered by it: they do not halve again, they only
 * bring the ceiling down if they were refused with fewer in flight. Below the learned ceiling
 * it climbs back by one per clean answer; above it only by one, after a streak of clean
 * answers at the ceiling: 50 at first, twice as many after each refusal (up to 800), 50 again
 * once a probed level has held for a whole wait without a refusal (a round of clean answers
 * proves little: the server may not yet have counted requests just answered). A limit the
 * account really has is so tried less and less often; one that other runs on the same account
 * had lowered is found again. It never goes above `max`.
 *
 * Pure bookkeeping: no timers, no promises, so a sequence of outcomes always gives the same
 * limits.
 */
export class AimdController {
	private current: number;

	private ceiling: number;

	private successStreak = 0;

	/** Whether the server has refused yet: until then the ceiling is only the cap. */
	private refused = false;

	/** Clean answers at the ceiling before the next probe above it. */
	private probeAfter = PROBE_AFTER;

	/** A trial of one more request in flight is wanted or out (see `trialWanted`). */
	private trial = false;

	/** Set when the limit was last raised by a probe above the ceiling, until a refusal. */
	private probing = false;

	/** Counts the decreases: a request carries the epoch it was sent in. */
	epoch = 0;

	/**
	 * @param max the cap, never exceeded
	 * @param start where the limit starts (Fixed: the cap itself; Auto: low, and it climbs)
	 */
	constructor(
		readonly max: number,
		start: number = max,
	) {
		this.max = Math.max(1, Math.floor(max));
		this.current = Math.max(1, Math.min(this.max, Math.floor(start)));
		this.ceiling = this.max;
	}

	get limit(): number {
		return this.current;
	}

	/** The highest limit the server is believed to accept, learned from its refusals. */
	get learnedCeiling(): number {
		return this.ceiling;
	}

	/** Clean answers in a row at the ceiling that the next probe above it waits for. */
	get probeWait(): number {
		return this.probeAfter;
	}

	/**
	 * The server refused for too many requests at once; `inFlight` were in flight when the
	 * refused request was sent (itself included), in `epoch`. A request sent before the last
	 * decrease can only lower the ceiling.
	 */
	overload(inFlight: number, epoch: number = this.epoch): void {
		const below = Math.max(1, Math.min(this.ceiling, inFlight - 1));
		if (epoch < this.epoch) {
			this.ceiling = below;
			this.current = Math.min(this.current, below);
			return;
		}
		this.refused = true;
		this.ceiling = below;
		this.current = Math.max(1, Math.min(Math.floor(this.current / 2), this.ceiling));
		this.probing = false;
		this.trial = false;
		this.probeAfter = Math.min(PROBE_AFTER_MAX, this.probeAfter * 2);
		this.successStreak = 0;
		this.epoch += 1;
	}

	/**
	 * Whether one request may go above the limit to try the next level: the limiter sends one
	 * such trial and, while it is out, keeps the others one below the limit (see ConcurrencyLimiter).
	 */
	get trialWanted(): boolean {
		return this.trial;
	}

	/** A clean answer came back; returns whether more requests may now start. */
	success(): boolean {
		if (this.current >= this.max || this.trial) return false;
		this.successStreak += 1;
		const perAnswer = this.refused || this.current < FAST_START_UNTIL;
		if (this.current < this.ceiling && perAnswer) {
			this.current += 1;
			this.successStreak = 0;
			return true;
		}
		const untried = !this.refused && this.successStreak >= this.current;
		const probe = this.refused && this.current >= this.ceiling && this.successStreak >= this.probeAfter;
		if (!untried && !probe) return false;
		// The last probe held for a whole wait: the server's limit moved, so look again soon.
		if (probe && this.probing) this.probeAfter = PROBE_AFTER;
		this.trial = true;
		this.successStreak = 0;
		return true;
	}

	/** The trial above the limit came back clean: the server takes one more. */
	trialPassed(): void {
		if (!this.trial) return;
		this.trial = false;
		if (this.current >= this.ceiling) {
			this.ceiling += 1;
			this.probing = true;
		}
		this.current += 1;
	}
}
