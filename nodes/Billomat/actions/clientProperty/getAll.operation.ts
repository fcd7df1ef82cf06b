import { getAllOperation } from '../unit/settings';
import { clientPropertyResource } from './common.descriptions';

export const { description, execute } = getAllOperation(clientPropertyResource);
