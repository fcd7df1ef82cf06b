import { getOperation } from '../unit/settings';
import { freeTextResource } from './common.descriptions';

export const { description, execute } = getOperation(freeTextResource);
