using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace GreenButton.Cli.Inputs;

/// <summary>
/// The inputs named on the command line, expanded: files; globs (<c>*</c>, <c>?</c>, <c>**</c> for any depth);
/// directories (every <c>*.xml</c> and <c>*.xml.gz</c> below, recursively); ZIP archives, by name or by content (every
/// <c>*.xml</c> and <c>*.xml.gz</c> entry); <c>-</c> for standard input. Gzip is decompressed when an input is opened
/// (<see cref="InputFile.Open"/>). Disposing deletes the spool of standard input.
/// </summary>
internal sealed class InputSet : IDisposable
{
    private readonly List<string> _spools = [];

    public List<InputFile> Files { get; } = [];

    /// <summary>Expands the arguments.</summary>
    /// <exception cref="UsageException">A glob or a directory matches no file.</exception>
    /// <exception cref="GreenButtonException">An archive cannot be read.</exception>
    public static InputSet Expand(IEnumerable<string> arguments, Func<Stream> standardInput, GreenButton.Csv.GreenButtonCsvOptions csv = default)
    {
        var set = new InputSet();
        try
        {
            foreach (var argument in arguments)
            {
                set.Add(argument, standardInput);
            }
            foreach (var file in set.Files)
            {
                file.Csv = csv;
            }
            return set;
        }
        catch
        {
            set.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var spool in _spools)
        {
            try
            {
                File.Delete(spool);
            }
            catch (IOException)
            {
                // A temporary file left behind is harmless.
            }
        }
        _spools.Clear();
    }

    private void Add(string argument, Func<Stream> standardInput)
    {
        if (argument == "-")
        {
            var spool = Path.Combine(Path.GetTempPath(), $"greenbutton-stdin-{Guid.NewGuid():N}.xml");
            _spools.Add(spool);
            using (var input = standardInput())
            using (var file = File.Create(spool))
            {
                input.CopyTo(file);
            }
            Files.Add(InputFile.FromSpool("-", spool));
        }
        else if (argument.StartsWith('-') && !File.Exists(argument) && !Directory.Exists(argument))
        {
            throw new UsageException($"unknown option '{argument}'.");
        }
        else if (Directory.Exists(argument))
        {
            var found = Directory.EnumerateFiles(argument, "*", SearchOption.AllDirectories)
                .Where(IsXmlName)
                .Order(StringComparer.Ordinal).ToList();
            if (found.Count == 0)
            {
                throw new UsageException($"{argument}: the directory holds no *.xml or *.xml.gz file.");
            }
            Files.AddRange(found.Select(InputFile.FromPath));
        }
        else if (argument.AsSpan().IndexOfAny("*?[") >= 0)
        {
            var found = Glob(argument);
            if (found.Count == 0)
            {
                throw new UsageException($"{argument}: no file matches.");
            }
            foreach (var path in found)
            {
                AddFile(path);
            }
        }
        else
        {
            AddFile(argument);
        }
    }

    /// <summary>Whether a file or entry name is one of Green Button XML: <c>*.xml</c>, <c>*.xml.gz</c>.</summary>
    internal static bool IsXmlName(string name)
        => name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".xml.gz", StringComparison.OrdinalIgnoreCase);

    private void AddFile(string path)
    {
        if (File.Exists(path) && (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) || IsZip(path)))
        {
            try
            {
                using var archive = ZipFile.OpenRead(path);
                if (archive.GetEntry("[Content_Types].xml") is not null)
                {
                    throw new GreenButtonException($"{path}: this is an Office document (.xlsx, .docx), not a Green Button XML file or a ZIP archive of them.");
                }
                var entries = archive.Entries.Where(e => IsXmlName(e.Name))
                    .Select(e => (e.FullName, e.Length)).ToList();
                if (entries.Count == 0)
                {
                    throw new UsageException($"{path}: the archive holds no *.xml or *.xml.gz file.");
                }
                Files.AddRange(entries.Select(e => InputFile.FromZipEntry(path, e.FullName, e.Length)));
            }
            catch (InvalidDataException ex)
            {
                throw new GreenButtonException($"{path}: not a readable .zip archive: {ex.Message}", ex);
            }
            return;
        }
        Files.Add(InputFile.FromPath(path));
    }

    /// <summary>Whether the file starts as a ZIP archive does (a download saved without its .zip name).</summary>
    private static bool IsZip(string path)
    {
        Span<byte> magic = stackalloc byte[4];
        try
        {
            using var file = File.OpenRead(path);
            return file.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false) == magic.Length && magic is [(byte)'P', (byte)'K', 3 or 5, 4 or 6];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false; // opening it again reports why
        }
    }

    /// <summary>The files a glob matches, sorted. The part before the first wildcard names the directory searched.</summary>
    internal static List<string> Glob(string pattern)
    {
        var normalised = pattern.Replace('\\', '/');
        var segments = normalised.Split('/');
        var fixedCount = 0;
        while (fixedCount < segments.Length - 1 && segments[fixedCount].AsSpan().IndexOfAny("*?[") < 0)
        {
            fixedCount++;
        }
        var root = string.Join('/', segments.Take(fixedCount));
        var rest = string.Join('/', segments.Skip(fixedCount));
        var directory = root.Length > 0 ? root : normalised.StartsWith('/') ? "/" : ".";
        if (!Directory.Exists(directory))
        {
            return [];
        }
        var regex = new Regex("^" + ToRegex(rest) + "$", RegexOptions.CultureInvariant);
        var recursive = rest.Contains('/', StringComparison.Ordinal) || rest.Contains("**", StringComparison.Ordinal);
        return Directory.EnumerateFiles(directory, "*", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Where(f => regex.IsMatch(Path.GetRelativePath(directory, f).Replace('\\', '/')))
            .Select(f => root.Length == 0 && !normalised.StartsWith('/') ? Path.GetRelativePath(".", f) : f)
            .Order(StringComparer.Ordinal).ToList();
    }

    private static string ToRegex(string glob)
    {
        var regex = new StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                var slash = i + 2 < glob.Length && glob[i + 2] == '/';
                regex.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*')
            {
                regex.Append("[^/]*");
            }
            else if (c == '?')
            {
                regex.Append("[^/]");
            }
            else if (c == '[')
            {
                var close = glob.IndexOf(']', i + 1);
                if (close < 0)
                {
                    regex.Append(@"\[");
                }
                else
                {
                    regex.Append('[').Append(glob[(i + 1)..close].Replace("\\", @"\\", StringComparison.Ordinal)).Append(']');
                    i = close;
                }
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }
        return regex.ToString();
    }
}
