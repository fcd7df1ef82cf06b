import { deleteOperation } from '../unit/settings';
import { emailTemplateResource } from './common.descriptions';

export const { description, execute } = deleteOperation(emailTemplateResource);
