# The companion as a container. Build from the repository root:
#   docker build -f build/companion.Dockerfile -t sre-toolkit-companion .
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json ./
COPY server-ts/package.json server-ts/
COPY webapp/package.json webapp/
RUN npm ci --no-audit --no-fund -w server-ts --include-workspace-root=false
COPY server-ts server-ts
RUN npm run build -w server-ts && npm prune --omit=dev -w server-ts --include-workspace-root=false

FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8090 DATA_DIR=/data
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/server-ts/package.json server-ts/package.json
COPY --from=build /app/server-ts/dist server-ts/dist
COPY --from=build /app/server-ts/drizzle server-ts/drizzle
# Seed templates, read at start (server-ts/src/incidents/template_seeds.ts).
COPY assets/templates assets/templates
VOLUME /data
EXPOSE 8090
USER node
CMD ["node", "server-ts/dist/main.js"]
