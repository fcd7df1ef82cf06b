import { updateOperation } from '../unit/settings';
import { freeTextResource } from './common.descriptions';

export const { description, execute } = updateOperation(freeTextResource);
