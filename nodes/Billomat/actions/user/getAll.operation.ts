import { getAllOperation } from '../unit/settings';
import { userResource } from './common.descriptions';

export const { description, execute } = getAllOperation(userResource);
