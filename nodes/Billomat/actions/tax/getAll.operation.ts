import { getAllOperation } from '../unit/settings';
import { taxResource } from './common.descriptions';

export const { description, execute } = getAllOperation(taxResource);
