import { getOperation } from '../unit/settings';
import { clientPropertyResource } from './common.descriptions';

export const { description, execute } = getOperation(clientPropertyResource);
