# syntax=docker/dockerfile:1
# Every George Node service from one file: SERVICE names the workspace (services/<SERVICE>) and
# PORT its port; APT_PACKAGES adds what a service needs at run time from Debian (git for git).
# Build from the repository root (the build needs the workspace), as docker-compose.prod.yml does:
#   docker build --build-arg SERVICE=git --build-arg PORT=6005 --build-arg APT_PACKAGES=git \
#     -t george/git .
# The image runs in production mode: NODE_ENV is not set here (unset means production) and the
# command is george-serve, never src/main.ts or npm run dev.

# --- manifests: the root and workspace package.json files npm needs, nothing else -----------------
FROM node:20-bookworm-slim AS manifests
WORKDIR /src
COPY . .
RUN mkdir -p /manifests \
 && cp package.json package-lock.json /manifests/ \
 && for f in packages/*/package.json services/*/package.json tools/package.json; do \
      mkdir -p "/manifests/$(dirname "$f")" && cp "$f" "/manifests/$f"; \
    done \
 && mkdir -p /manifests/packages/runtime/bin \
 && cp packages/runtime/bin/george-serve.js /manifests/packages/runtime/bin/

# --- build: every dependency (dev included), then compile the service (the web app: also vite) ---
FROM node:20-bookworm-slim AS build
ARG SERVICE
WORKDIR /app
# Native modules (better-sqlite3) compile from source when no prebuilt binary fits.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY --from=manifests /manifests/ ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN test -n "${SERVICE}" && test -f "services/${SERVICE}/package.json" \
 && node_modules/.bin/tsc -b packages/runtime packages/contracts packages/text "services/${SERVICE}" \
 && if [ "${SERVICE}" = frontend ]; then npm run build -w @george/frontend; fi

# --- runtime: production dependencies of this workspace only, the compiled code, a non-root user ----
FROM node:20-bookworm-slim
ARG SERVICE
ARG PORT
ARG APT_PACKAGES=""
WORKDIR /app
RUN if [ -n "${APT_PACKAGES}" ]; then \
      apt-get update \
      && apt-get install -y --no-install-recommends ${APT_PACKAGES} \
      && rm -rf /var/lib/apt/lists/*; \
    fi
COPY --from=manifests /manifests/ ./
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && npm ci --omit=dev --no-audit --no-fund -w @george/${SERVICE} \
 && npm cache clean --force \
 && apt-get purge -y python3 make g++ \
 && apt-get autoremove -y \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /app/packages/runtime/dist packages/runtime/dist
COPY --from=build /app/packages/contracts/dist packages/contracts/dist
COPY --from=build /app/packages/text/dist packages/text/dist
COPY --from=build /app/services/${SERVICE}/dist services/${SERVICE}/dist
# Data (SQLite databases, files) lives on a volume mounted at /data, owned by the runtime user
# (the compose files mount one for every service that keeps data).
RUN mkdir -p /data && chown node:node /data
ENV DATA_DIR=/data SERVICE=${SERVICE} PORT=${PORT}
USER node
EXPOSE ${PORT}
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.PORT+'/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]
# sh only expands the service and port; exec hands PID 1 (and the signals) to george-serve.
CMD ["sh", "-c", "exec node_modules/.bin/george-serve -w 4 -b \"0.0.0.0:${PORT}\" \"services/${SERVICE}/dist/app.js\""]
