/** What TMAPI's documented codes mean, what to do about them, and whether to try again. */
export const TMAPI_CODES: Record<number, { message: string; hint: string; retry: boolean; overload?: boolean }> = {
	417: {
		message: 'TMAPI could not retrieve the data from 1688 (code 417)',
		hint: 'This is usually temporary. The node already retried; run it again later, or contact TMAPI support if it persists.',
		retry: true,
	},
	422: {
		message: 'TMAPI rejected a parameter (code 422)',
		hint: 'Check the parameters sent (listed below) against the operation: IDs, URLs and filters.',
		retry: false,
	},
	439: {
		message: 'TMAPI subscription expired or balance too low (code 439)',
		hint: 'Top up or renew in the TMAPI console (https://console.tmapi.io), then run the workflow again.',
		retry: false,
	},
	499: {
		message: 'TMAPI timed out fetching the data (code 499)',
		hint: 'Temporary. Keep the Timeout option at 60 seconds or more and try again.',
		retry: true,
	},
	500: {
		message: 'TMAPI had an unexpected error (code 500)',
		hint: 'The node already retried. If it persists, contact TMAPI support.',
		retry: true,
	},
	503: {
		message: 'TMAPI concurrency limit exceeded (code 503)',
		hint: 'Lower the Max Concurrent Requests option. The node already lowers it for the rest of the run when this happens.',
		retry: true,
		overload: true,
	},
};

/** HTTP statuses worth another try when TMAPI (or its gateway) answers without a known code. */
export const RETRYABLE_HTTP = new Set([429, 500, 502, 503, 504]);
