import { getOperation } from '../unit/settings';
import { templateResource } from './common.descriptions';

export const { description, execute } = getOperation(templateResource);
