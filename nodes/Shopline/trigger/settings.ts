import { NodeOperationError, type ICredentialDataDecryptedObject, type IHookFunctions } from 'n8n-workflow';

import { throwInvalid } from '../../shared/node/validation';
import { credentialOf } from '../api/appSession';
import { credentialVersion } from '../api/credentials';
import { usableAppSecret } from './signature';
import { OLDEST_WEBHOOK_VERSION } from './topics';

/** What activation reads from the node and its credential, each checked before any request. */

/** Refuses to activate without an App Secret (the same rule as for deliveries): they could not be verified. */
export async function triggerCredentials(ctx: IHookFunctions): Promise<ICredentialDataDecryptedObject> {
	const credentials = await ctx.getCredentials(credentialOf(ctx).type);
	if (usableAppSecret(credentials.appSecret) === undefined) {
		throw new NodeOperationError(ctx.getNode(), 'The SHOPLINE credential has no App Secret', {
			description:
				"SHOPLINE Trigger verifies every delivery with the app secret. Copy it from your app's API credentials in the SHOPLINE admin into the App Secret field of the credential, then activate again.",
		});
	}
	return credentials;
}

/** The API version of the subscriptions: the node's option, else the credential's; v20240601 or later. */
export function subscriptionVersion(ctx: IHookFunctions, credentials: ICredentialDataDecryptedObject): string {
	const option = String(ctx.getNodeParameter('options.apiVersion', '') ?? '').trim();
	const version = option || String(credentialVersion(credentials)).trim();
	if (!/^v\d{8}$/.test(version) || version < OLDEST_WEBHOOK_VERSION) {
		const label = option ? 'API Version' : 'API Version (SHOPLINE API credential)';
		return throwInvalid(ctx.getNode(), label, version, `webhooks need ${OLDEST_WEBHOOK_VERSION} or a later version such as v20260301; set the trigger's API Version option`, 0);
	}
	return version;
}

export function selectedTopics(ctx: IHookFunctions): string[] {
	const topics = ctx.getNodeParameter('topics', []) as string[];
	if (!Array.isArray(topics) || topics.length === 0) {
		throw new NodeOperationError(ctx.getNode(), 'Topics: choose at least one topic', {
			description: 'Pick the events that should start this workflow in the Topics parameter.',
		});
	}
	return [...new Set(topics)];
}

export function webhookAddress(ctx: IHookFunctions): string {
	const address = ctx.getNodeWebhookUrl('default');
	if (!address) throw new NodeOperationError(ctx.getNode(), 'n8n gave this trigger no webhook URL');
	return address;
}

/** Everything activation needs, read and checked in one go. */
export async function activationSettings(ctx: IHookFunctions): Promise<{ topics: string[]; apiVersion: string; address: string }> {
	const credentials = await triggerCredentials(ctx);
	return { topics: selectedTopics(ctx), apiVersion: subscriptionVersion(ctx, credentials), address: webhookAddress(ctx) };
}
