import { createOperation } from '../unit/settings';
import { freeTextResource } from './common.descriptions';

export const { description, execute } = createOperation(freeTextResource);
