import { createOperation } from '../unit/settings';
import { emailTemplateResource } from './common.descriptions';

export const { description, execute } = createOperation(emailTemplateResource);
