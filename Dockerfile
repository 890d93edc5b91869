# syntax=docker/dockerfile:1
# Multi-stage: restore → build → test → publish → a small runtime image running as a non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props BannedSymbols.txt .editorconfig FactBot.sln ./
COPY src/FactBot.Core/FactBot.Core.csproj src/FactBot.Core/
COPY src/FactBot.Storage/FactBot.Storage.csproj src/FactBot.Storage/
COPY src/FactBot.Sources/FactBot.Sources.csproj src/FactBot.Sources/
COPY src/FactBot.Telegram/FactBot.Telegram.csproj src/FactBot.Telegram/
COPY src/FactBot.Discord/FactBot.Discord.csproj src/FactBot.Discord/
COPY src/FactBot.Worker/FactBot.Worker.csproj src/FactBot.Worker/
COPY tests/Directory.Build.props tests/
COPY tests/FactBot.TestKit/FactBot.TestKit.csproj tests/FactBot.TestKit/
COPY tests/FactBot.Core.Tests/FactBot.Core.Tests.csproj tests/FactBot.Core.Tests/
COPY tests/FactBot.Storage.Tests/FactBot.Storage.Tests.csproj tests/FactBot.Storage.Tests/
COPY tests/FactBot.Sources.Tests/FactBot.Sources.Tests.csproj tests/FactBot.Sources.Tests/
COPY tests/FactBot.Telegram.Tests/FactBot.Telegram.Tests.csproj tests/FactBot.Telegram.Tests/
COPY tests/FactBot.Discord.Tests/FactBot.Discord.Tests.csproj tests/FactBot.Discord.Tests/
COPY tests/FactBot.Worker.Tests/FactBot.Worker.Tests.csproj tests/FactBot.Worker.Tests/
COPY bench/FactBot.Benchmarks/FactBot.Benchmarks.csproj bench/FactBot.Benchmarks/
RUN dotnet restore FactBot.sln
COPY . .
RUN dotnet build FactBot.sln -c Release --no-restore -warnaserror

FROM build AS test
# The Telegram end-to-end tests talk to an npm-installed Bot API emulator on loopback: node comes from Debian.
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/* \
    && cd tests/peers/telegram && npm ci --no-audit --no-fund
RUN dotnet test FactBot.sln -c Release --no-build

FROM test AS publish
# .ci/run runs this same publish and starts the published demo (CI machines have no Docker daemon).
RUN dotnet publish src/FactBot.Worker/FactBot.Worker.csproj -c Release --no-build -o /app

FROM mcr.microsoft.com/dotnet/runtime:10.0 AS final
# tzdata: subscriptions name IANA time zones; fonts: chart titles and axes (the runtime image has neither).
RUN apt-get update && apt-get install -y --no-install-recommends tzdata fonts-dejavu-core && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home --uid 10001 factbot
WORKDIR /app
COPY --from=publish /app .
RUN mkdir -p /app/data && chown factbot /app/data
USER factbot
ENV FACTBOT_HOME=/app
VOLUME ["/app/data"]
# A worker has no port to probe: the bin-close job touches data/heartbeat every minute, and writes "unhealthy: …" in it
# when a chat platform has failed for longer than Worker:UnhealthyAfter (or rejected the token).
HEALTHCHECK --interval=1m --timeout=5s --start-period=2m --retries=3 \
    CMD test -f /app/data/heartbeat && test $(( $(date +%s) - $(stat -c %Y /app/data/heartbeat) )) -lt 300 \
        && ! grep -q '^unhealthy' /app/data/heartbeat
ENTRYPOINT ["dotnet", "factbot.dll"]
CMD ["run"]
