import { updateOperation } from '../unit/settings';
import { clientPropertyResource } from './common.descriptions';

export const { description, execute } = updateOperation(clientPropertyResource);
