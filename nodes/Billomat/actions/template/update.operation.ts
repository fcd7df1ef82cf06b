import { updateOperation } from '../unit/settings';
import { templateResource } from './common.descriptions';

export const { description, execute } = updateOperation(templateResource);
