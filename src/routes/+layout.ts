// Every page works without client JavaScript (docs/decisions/0001-stack.md).
export const csr = false;
