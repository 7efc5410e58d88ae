import { definePrismaConfig } from '@kaarst/kit/prisma-config';

export default definePrismaConfig();
