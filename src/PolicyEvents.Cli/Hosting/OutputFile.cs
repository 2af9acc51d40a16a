namespace PolicyEvents.Cli.Hosting;

/// <summary>Writes an output file atomically: to a temporary file beside it, then moved over it, so a failure leaves any old file intact.</summary>
internal static class OutputFile
{
    /// <summary>Writes the file.</summary>
    /// <param name="fullPath">The file's full path.</param>
    /// <param name="shownPath">The path as given on the command line (for messages).</param>
    /// <param name="write">Writes the content.</param>
    /// <exception cref="CliException">The file cannot be written (exit code 2).</exception>
    public static void Write(string fullPath, string shownPath, Action<Stream> write)
    {
        if (Path.GetDirectoryName(fullPath) is { } directory && !Directory.Exists(directory))
        {
            var shownDirectory = Path.GetDirectoryName(shownPath);
            throw CliException.Usage($"cannot write '{shownPath}': the directory '{(string.IsNullOrEmpty(shownDirectory) ? directory : shownDirectory)}' does not exist");
        }
        var temporary = fullPath + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
            }
            File.Move(temporary, fullPath, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The message names the file the system was given: the temporary one, which the user never asked for.
            throw CliException.Usage($"cannot write '{shownPath}': {e.Message.Replace(temporary, fullPath, StringComparison.Ordinal)}", e);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
