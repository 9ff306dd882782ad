export const policySchema = {} as const;
