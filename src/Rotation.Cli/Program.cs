return Rotation.Cli.RotationCli.Run(args, Console.Out, Console.Error);
