import { EXIT, parseArgs, UsageError, type CliCommand } from '../io.ts';
import { cliMessages } from '../messages.ts';

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'run the room server for live workshops (Share live… in the app)',
  help: [
    'Usage: refmod serve [--port 1234] [--host 127.0.0.1] [--rooms .refmod/rooms] [--app dist]',
    '',
    'Runs the server that live workshops share their rooms through (Yjs over WebSocket). Rooms are kept on',
    'disk in --rooms, one file each, so a room survives a restart. It listens on this machine only unless',
    '--host says otherwise (--host 0.0.0.0 for a team on one network). --app serves a built app (npm run build)',
    'on the same port, so one address opens the workbench and its rooms. --port 0 picks a free port.',
    'Stop it with Ctrl+C: every room is written before it exits.',
  ].join('\n'),
  async run(args, io) {
    const { flags } = parseArgs(args, ['port', 'host', 'rooms', 'app']);
    const port = Number(flags.get('port') ?? 1234);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(cliMessages().portRange);
    const text = (name: string, fallback: string) => {
      const value = flags.get(name);
      return typeof value === 'string' && value ? value : fallback;
    };
    // Loaded here, so the other commands never load the server's dependencies.
    const { startRoomServer } = await import('../../server/room-server.ts');
    const app = flags.get('app');
    const server = await startRoomServer({
      port,
      host: text('host', '127.0.0.1'),
      roomsDir: text('rooms', '.refmod/rooms'),
      ...(typeof app === 'string' ? { appDir: app } : {}),
    });
    io.out(cliMessages().serving(server.url, text('rooms', '.refmod/rooms')));
    await new Promise<void>((done) => {
      const stop = () => void server.close().then(done);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    io.out(cliMessages().stopped);
    return EXIT.ok;
  },
};
