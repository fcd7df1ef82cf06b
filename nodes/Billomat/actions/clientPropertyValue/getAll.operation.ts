import { getAllOperation } from '../unit/settings';
import { clientPropertyValueResource } from './common.descriptions';

export const { description, execute } = getAllOperation(clientPropertyValueResource);
