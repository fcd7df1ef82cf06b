import { createOperation } from '../unit/settings';
import { taxResource } from './common.descriptions';

export const { description, execute } = createOperation(taxResource);
