import { getOperation } from '../unit/settings';
import { userResource } from './common.descriptions';

export const { description, execute } = getOperation(userResource);
