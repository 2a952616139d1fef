import { Emulator, emulatorCredentials } from "../../emulator";
import { nodeTypes } from "../harness/nodeTypes";
import { CONTINUE, runShopline, runTmapi } from "../helpers/run";
import { jsonOf, pairedOf } from "../helpers/workflows";
import { NODE_TYPE } from "../harness/packages";

/**
 * The bad-input table's runner. Each row gives a bad value on the second of three input
 * items (through an expression, as a mapped field would be) and checks that:
 * - without Continue On Fail the run stops with a NodeOperationError for item 1 whose
 *   message names the field and shows the value received;
 * - with Continue On Fail item 1 becomes an error item and items 0 and 2 still succeed;
 * - the bad value never reached the API.
 * Each resource keeps its rows in a badInput.<area>.test.ts file that calls badInputTable.
 */

/** The expression that stands for the value under test in a row's parameters. */
export const V = "={{ $json.v }}";

export type Row = {
  node: "tmapi" | "shopline";
  /** The operation's parameters; `$v` marks the field under test. */
  parameters: Record<string, unknown>;
  /** Value for item 0 (and item 2 unless good2 is given), and the bad one for item 1. */
  good: unknown;
  good2?: unknown;
  /** Fields every input item carries besides `v` (e.g. the 1688 detail an operation maps). */
  item?: Record<string, unknown>;
  bad: unknown;
  /** Beginning of the error message: field label and value as shown. */
  message: string;
};

/** Runs the rows, one test each, against an emulator of its own. */
export function badInputTable(rows: Array<[string, Row]>): void {
  const emulator = new Emulator({ storeSize: 50 });
  beforeAll(async () => void (await emulator.start()));
  afterAll(async () => await emulator.stop());

  async function runRow(row: Row, continueOnFail: boolean) {
    emulator.resetStore();
    emulator.reset();
    const parameters = {
      ...row.parameters,
      options: {
        ...((row.parameters.options as object) ?? {}),
        concurrency: 1,
      },
    };
    const runNode = row.node === "tmapi" ? runTmapi : runShopline;
    return await runNode(parameters, {
      credentials: emulatorCredentials(emulator),
      input: [{ ...row.item, v: row.good }, { ...row.item, v: row.bad }, { ...row.item, v: row.good2 ?? row.good }],
      node: continueOnFail ? CONTINUE : {},
    });
  }

  /** Where `$v` stands in a row's parameters, e.g. ['variants', 'variant', 0, 'price']. */
  function pathOfV(
    value: unknown,
    path: Array<string | number> = [],
  ): Array<string | number> | undefined {
    if (value === V) return path;
    if (!value || typeof value !== "object") return undefined;
    for (const [key, child] of Object.entries(value)) {
      const found = pathOfV(child, [
        ...path,
        Array.isArray(value) ? Number(key) : key,
      ]);
      if (found) return found;
    }
    return undefined;
  }

  type Described = {
    name: string;
    displayName?: string;
    type?: string;
    options?: Described[];
    values?: Described[];
  };
  const properties = {
    tmapi: nodeTypes.getByNameAndVersion(NODE_TYPE.tmapi1688).description
      .properties,
    shopline: nodeTypes.getByNameAndVersion(NODE_TYPE.shopline).description
      .properties,
  };

  /**
   * The label the node's description gives the field under test, the way its messages name
   * fields: a top-level field or a collection entry by its display name, an entry of a fixed
   * collection as "Collection → Entry".
   */
  function labelOf(row: Row): string {
    const [name, group, , leaf] = pathOfV(row.parameters) ?? [];
    const show = (field: (typeof properties)["tmapi"][number]) =>
      field.displayOptions?.show ?? {};
    const field = properties[row.node].find(
      (candidate) =>
        candidate.name === name &&
        show(candidate).resource?.includes(row.parameters.resource as string) &&
        show(candidate).operation?.includes(row.parameters.operation as string),
    ) as Described | undefined;
    if (!field)
      return `(no field "${String(name)}" for ${String(row.parameters.operation)})`;
    // A resource locator's value is the field's own: { mode, value }.
    if (group === undefined || field.type === "resourceLocator") return field.displayName!;
    const entry = field.options?.find((option) => option.name === group);
    if (field.type !== "fixedCollection")
      return (
        entry?.displayName ?? `(no entry "${group}" in ${field.displayName})`
      );
    return `${field.displayName} → ${entry?.values?.find((value) => value.name === leaf)?.displayName ?? `(no "${String(leaf)}")`}`;
  }

  /** The field label a row's message begins with, without "(variant 1)" and the like. */
  const labelIn = (message: string) =>
    message
      .slice(0, message.indexOf(": "))
      .replace(/ \((variant|image|option|line item|note attribute|tracking info|tier) \d+\)$/, "");

  describe("bad input, one row per parameter and kind of mistake", () => {
    it("names the field under test by the label the node shows for it", () => {
      expect(rows.map(([name, row]) => [name, labelIn(row.message)])).toEqual(
        rows.map(([name, row]) => [name, labelOf(row)]),
      );
    });

    it.each(rows)("%s", async (_name, row) => {
      const failing = await runRow(row, false);
      expect(failing.error?.name).toBe("NodeOperationError");
      expect(failing.error?.message.startsWith(row.message)).toBe(true);
      expect(failing.error?.context?.itemIndex).toBe(1);

      const continuing = await runRow(row, true);
      expect(continuing.error).toBeUndefined();
      expect(
        pairedOf(continuing)
          .map((paired) => (paired as { item: number }).item)
          .filter((index, i, all) => all.indexOf(index) === i),
      ).toEqual([0, 1, 2]);
      const json = jsonOf(continuing);
      const errorItems = json.filter((entry) => entry.error !== undefined);
      expect(errorItems).toHaveLength(1);
      expect(String(errorItems[0].error).startsWith(row.message)).toBe(true);
      const byItem = (index: number) =>
        continuing.items.filter(
          (entry) => (entry.pairedItem as { item: number }).item === index,
        );
      expect(byItem(1)).toHaveLength(1);
      expect(byItem(0).length).toBeGreaterThan(0);
      expect(byItem(2).length).toBeGreaterThan(0);
      expect(
        [...byItem(0), ...byItem(2)].filter(
          (entry) => entry.json.error !== undefined,
        ),
      ).toEqual([]);
      // The bad value never reached the API.
      if (typeof row.bad === "string" && row.bad.trim().length >= 3) {
        expect(
          emulator.log.filter((entry) =>
            JSON.stringify([entry.query, entry.body]).includes(
              row.bad as string,
            ),
          ),
        ).toEqual([]);
      }
    });
  });
}
