import { updateOperation } from '../unit/settings';
import { emailTemplateResource } from './common.descriptions';

export const { description, execute } = updateOperation(emailTemplateResource);
