import { getAllOperation } from '../unit/settings';
import { freeTextResource } from './common.descriptions';

export const { description, execute } = getAllOperation(freeTextResource);
