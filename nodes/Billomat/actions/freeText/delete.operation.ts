import { deleteOperation } from '../unit/settings';
import { freeTextResource } from './common.descriptions';

export const { description, execute } = deleteOperation(freeTextResource);
