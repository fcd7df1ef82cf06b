import { getAllOperation } from '../unit/settings';
import { templateResource } from './common.descriptions';

export const { description, execute } = getAllOperation(templateResource);
