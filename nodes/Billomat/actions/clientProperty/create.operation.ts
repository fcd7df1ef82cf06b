import { createOperation } from '../unit/settings';
import { clientPropertyResource } from './common.descriptions';

export const { description, execute } = createOperation(clientPropertyResource);
