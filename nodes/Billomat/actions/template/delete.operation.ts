import { deleteOperation } from '../unit/settings';
import { templateResource } from './common.descriptions';

export const { description, execute } = deleteOperation(templateResource);
