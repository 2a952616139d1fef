import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/**
 * How many characters a canvas subtitle shows before n8n cuts it with "…": the line is 192 px
 * wide at 13 px in n8n 2.40's canvas, about 30 characters of the editor's font.
 */
export const SUBTITLE_FITS = 30;

/**
 * The canvas subtitle of a node with a Resource and one Operation list per resource:
 * "<operation> · <resource>" in the names the dropdowns show (e.g. "Get Detail · Item"),
 * never the internal values; the operation alone when both would not fit on the line
 * (e.g. "Create or Update From 1688 Item"), so the canvas cuts no operation short that fits.
 *
 * The editor evaluates a subtitle as an expression over the node's parameters, so the names
 * go into it as a lookup table made from the node's own options (a workflow file may leave
 * out a parameter at its default: the table names the defaults then). The expression is one
 * `{{ … }}` with a flat table, no nested braces: n8n 1.x's and 2.x's expression engines both
 * read it whole. An operation the table does not know (an expression, say) shows its value.
 */
export function operationSubtitle(properties: INodeProperties[]): string {
	const resource = properties.find((property) => property.name === 'resource');
	if (!resource?.options) throw new Error('operationSubtitle needs a Resource property with options');
	const names: Record<string, string> = {};
	for (const option of resource.options as INodePropertyOptions[]) {
		const operation = properties.find((property) => property.name === 'operation' && property.displayOptions?.show?.resource?.includes(option.value));
		for (const entry of (operation?.options ?? []) as INodePropertyOptions[]) {
			const both = `${entry.name} · ${option.name}`;
			names[`${option.value}.${String(entry.value)}`] = both.length <= SUBTITLE_FITS ? both : entry.name;
		}
		if (operation) names[`${option.value}.`] = names[`${option.value}.${String(operation.default)}`];
	}
	const key = `($parameter["resource"] || ${JSON.stringify(resource.default)}) + "." + ($parameter["operation"] || "")`;
	return `={{ (${JSON.stringify(names)})[${key}] || $parameter["operation"] }}`;
}
