import { getOperation } from '../unit/settings';
import { emailTemplateResource } from './common.descriptions';

export const { description, execute } = getOperation(emailTemplateResource);
