import { getAllOperation } from '../unit/settings';
import { emailTemplateResource } from './common.descriptions';

export const { description, execute } = getAllOperation(emailTemplateResource);
