import { deleteOperation } from '../unit/settings';
import { clientPropertyResource } from './common.descriptions';

export const { description, execute } = deleteOperation(clientPropertyResource);
