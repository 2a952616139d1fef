/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test code run by jest: never part of a published package */
import 'reflect-metadata';

import { Logger } from '@n8n/backend-common';
import { Container } from '@n8n/di';
import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	INode,
	INodeExecutionData,
	IConnections,
	IRun,
	IRunExecutionData,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { TestCredentialsHelper } from './credentials';
import { nodeTypes } from './nodeTypes';

export interface WorkflowJson {
	name?: string;
	nodes: INode[];
	connections: IConnections;
}

/** Every line the nodes logged during a run, with its metadata. */
export interface LogLine {
	level: string;
	message: string;
	meta?: unknown;
}

const logLines: LogLine[] = [];

/** The lines logged so far by the run going on (e.g. for a test's `cancelWhen`). */
export const liveLogs = (): readonly LogLine[] => logLines;
const capture =
	(level: string) =>
	(message: string, meta?: unknown): void => {
		logLines.push({ level, message, meta });
	};
const captureLogger = {
	error: capture('error'),
	warn: capture('warn'),
	info: capture('info'),
	debug: capture('debug'),
	scoped() {
		return captureLogger;
	},
};
Container.set(Logger, captureLogger as unknown as Logger);

export interface RunOptions {
	/** Items the trigger passes on (default: one empty item). */
	input?: Array<Record<string, unknown>>;
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	/**
	 * Stop the execution, as a user pressing "Stop" does, as soon as this returns true (it is
	 * asked every few milliseconds while the run lasts): a test stops a run at an event it can
	 * see (a request at the server, a log line), not at a time a busy machine may not keep.
	 */
	cancelWhen?: () => boolean;
}

export interface RunResult {
	run: IRun;
	/** Output items of the node under test (the last node of the workflow) on its first output. */
	items: INodeExecutionData[];
	/** The run's error, if a node failed. */
	error?: Error & { description?: string; context?: IDataObject; httpCode?: string };
	logs: LogLine[];
	/** Whether `cancelWhen` stopped the run. */
	cancelled?: boolean;
}

/**
 * Runs a workflow through n8n-core's own execution engine (WorkflowExecute), the way n8n
 * runs a manual execution: parameters are resolved per item (expressions included), the
 * credential's `authenticate` is applied to each request, errors and continueOnFail
 * follow n8n's rules. Only the network is fake (nock or the emulator).
 */
export async function runWorkflow(workflowJson: WorkflowJson, options: RunOptions = {}): Promise<RunResult> {
	logLines.length = 0;
	const workflow = new Workflow({
		id: 'test',
		name: workflowJson.name ?? 'test',
		nodes: workflowJson.nodes,
		connections: workflowJson.connections,
		active: false,
		nodeTypes,
	});

	const hooks = new ExecutionLifecycleHooks('manual', 'test-execution', {
		id: 'test',
		name: workflowJson.name ?? 'test',
		nodes: workflowJson.nodes,
		connections: workflowJson.connections,
		active: false,
		activeVersionId: null,
		isArchived: false,
		createdAt: new Date(),
		updatedAt: new Date(),
	} as never);
	let finished!: (run: IRun) => void;
	const done = new Promise<IRun>((resolve) => (finished = resolve));
	hooks.addHandler('workflowExecuteAfter', (fullRunData) => finished(fullRunData));

	const additionalData = {
		hooks,
		credentialsHelper: new TestCredentialsHelper(options.credentials ?? {}),
		executionId: 'test-execution',
		currentNodeParameters: undefined,
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
		variables: {},
		userId: 'test-user',
		setExecutionStatus: () => {},
		sendDataToUI: () => {},
		logAiEvent: () => {},
		startRunnerTask: async () => {
			throw new Error('not used');
		},
	} as unknown as IWorkflowExecuteAdditionalData;

	const startNode = workflow.getStartNode();
	if (!startNode) throw new Error('The test workflow has no start node');
	const runExecutionData: IRunExecutionData = {
		resultData: { runData: {} },
		executionData: {
			contextData: {},
			metadata: {},
			waitingExecution: {},
			waitingExecutionSource: null,
			nodeExecutionStack: [
				{
					node: startNode,
					data: { main: [(options.input ?? [{}]).map((json) => ({ json: json as IDataObject }))] },
					source: null,
				},
			],
		},
	} as unknown as IRunExecutionData;

	// n8n refuses to start a workflow with issues (e.g. an empty required field).
	const execution = new WorkflowExecute(additionalData, 'manual', runExecutionData).processRunExecutionData(workflow);
	let cancelled = false;
	const { cancelWhen } = options;
	const watch =
		cancelWhen &&
		setInterval(() => {
			if (cancelled || !cancelWhen()) return;
			cancelled = true;
			execution.cancel();
		}, 2);
	let run: IRun;
	try {
		run = await execution;
	} catch {
		// A cancelled run rejects; the lifecycle hook still reports what was done.
		run = await done;
	} finally {
		if (watch) clearInterval(watch);
	}

	const lastNode = workflowJson.nodes[workflowJson.nodes.length - 1].name;
	const taskData = run.data.resultData.runData[lastNode]?.[0];
	return {
		run,
		items: taskData?.data?.main?.[0] ?? [],
		error: (run.data.resultData.error ?? taskData?.error) as RunResult['error'],
		logs: [...logLines],
		...(cancelWhen ? { cancelled } : {}),
	};
}
