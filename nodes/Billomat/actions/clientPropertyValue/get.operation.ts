import { getOperation } from '../unit/settings';
import { clientPropertyValueResource } from './common.descriptions';

export const { description, execute } = getOperation(clientPropertyValueResource);
