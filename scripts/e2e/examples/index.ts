import { keepTrueExample } from './keepTrue';
import { productStockExample } from './productStock';
import { seedExamples, type ExampleCheck } from './seed';
import { suppliersExample } from './suppliers';

export type { ExampleCheck } from './seed';

/** Every example the e2e runs, in order; each area adds its own module here. */
export const EXAMPLE_CHECKS: ExampleCheck[] = [seedExamples, productStockExample, suppliersExample, keepTrueExample];
