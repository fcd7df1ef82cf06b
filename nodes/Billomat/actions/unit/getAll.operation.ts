import { getAllOperation } from './settings';
import { unitResource } from './common.descriptions';

export const { description, execute } = getAllOperation(unitResource);
