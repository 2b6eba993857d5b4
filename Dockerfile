# syntax=docker/dockerfile:1
# remotix-mock: build with the dev dependencies, run with the production ones only, as a non-root user.

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
# The build also precompiles the documents' validators (src/prebuild.ts) into dist/openapi/prebuilt.
COPY openapi ./openapi
COPY dialect ./dialect
COPY openapi-reader ./openapi-reader
COPY src ./src
COPY scripts/bundle.mjs ./scripts/bundle.mjs
RUN npm run build && npm prune --omit=dev --ignore-scripts

FROM node:24-bookworm-slim
# The mock answers only the Hosts localhost, *.localhost and IP addresses (DNS rebinding). Through a port
# mapping that is what clients send; on a compose network they send the service's name, so name it:
#   environment: { REMOTIX_MOCK_ALLOWED_HOSTS: remotix-mock }     (docs/security.md)
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY --from=build /app/openapi ./openapi
COPY dialect ./dialect
COPY fixtures ./fixtures
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=5s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/__admin/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
STOPSIGNAL SIGTERM
CMD ["node", "dist/bundle/bin.mjs"]
