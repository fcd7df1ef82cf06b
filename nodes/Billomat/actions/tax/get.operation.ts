import { getOperation } from '../unit/settings';
import { taxResource } from './common.descriptions';

export const { description, execute } = getOperation(taxResource);
